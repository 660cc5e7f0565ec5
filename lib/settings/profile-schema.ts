// Owns the shape of a form-fill profile: free-text facts about the user, kept in their settings, sent only
// with a form-fill request the user starts with that profile chosen.
import { z } from 'zod';

export const MAX_PROFILES = 20;
// storage.sync allows 8 KB per item; profiles share the settings item, so each stays short.
export const MAX_PROFILE_CHARS = 2000;

export const ProfileSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1, { message: 'settings_error_profileName' }).max(60),
  text: z.string().max(MAX_PROFILE_CHARS, { message: 'settings_error_profileText' }),
});
export type Profile = z.infer<typeof ProfileSchema>;
