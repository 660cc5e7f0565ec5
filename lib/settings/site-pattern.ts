// Owns the site patterns of the allow list: their shape, and whether a site key matches one.
import { z } from 'zod';

// A host name, optionally with `*` for any run of characters ("*.example.com", "mail.*"), or "file".
const PATTERN = /^[a-z0-9*\-[\]:]+(\.[a-z0-9*\-[\]:]+)*$/;

export const SitePatternSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(253)
  .regex(PATTERN, { message: 'settings_error_sitePattern' });
