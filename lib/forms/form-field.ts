// Owns the shape of a form field as extracted from a page and as the background keeps it for filling back.
import { z } from 'zod';
import { MAX_FIELDS_PER_FRAME, MAX_OPTIONS, MAX_VALUE_CHARS } from './field-limits';

// How a field is read and written: text-like controls share one path, choices have their own.
export const FieldKindSchema = z.enum(['text', 'textarea', 'select', 'radio', 'checkbox', 'contenteditable']);
export type FieldKind = z.infer<typeof FieldKindSchema>;

export const FieldOptionSchema = z.object({ value: z.string().max(500), label: z.string().max(500) });
export type FieldOption = z.infer<typeof FieldOptionSchema>;

// Text controls, single selects and radio groups hold a string; checkboxes a boolean; multiple selects a list.
export const FieldValueSchema = z.union([
  z.string().max(MAX_VALUE_CHARS),
  z.boolean(),
  z.array(z.string().max(500)).max(MAX_OPTIONS),
]);
export type FieldValue = z.infer<typeof FieldValueSchema>;

// One field as the agent finds it in one frame; it does not know its frame id.
export const PageFieldSchema = z.object({
  // Position in the frame's field list: with the name, it finds the element again.
  index: z.number().int().nonnegative(),
  // Index into the frame's form groups.
  group: z.number().int().nonnegative(),
  kind: FieldKindSchema,
  // The input's type attribute (email, tel, date, number…); '' for selects, textareas and editors.
  inputType: z.string().max(40),
  name: z.string().max(200),
  label: z.string().max(500),
  required: z.boolean(),
  multiple: z.boolean(),
  // Choices of a select or radio group; suggestions of a datalist (then `open` is true).
  options: z.array(FieldOptionSchema).max(MAX_OPTIONS),
  open: z.boolean(),
  maxLength: z.number().int().positive().optional(),
  minLength: z.number().int().nonnegative().optional(),
  pattern: z.string().max(500).optional(),
  min: z.string().max(40).optional(),
  max: z.string().max(40).optional(),
  step: z.string().max(40).optional(),
  autocomplete: z.string().max(100),
  value: FieldValueSchema,
  // The value is the page's own preset (a `value` attribute, `checked`, `selected`) and the user has not
  // touched the field: it is not the user's text, so a proposal may replace it.
  pageDefault: z.boolean(),
});
export type PageField = z.infer<typeof PageFieldSchema>;

export const PageGroupSchema = z.object({ label: z.string().max(200) });

// What the agent returns for one frame.
export const FrameFieldsSchema = z.object({
  url: z.string().max(4000),
  title: z.string().max(500),
  groups: z.array(PageGroupSchema).max(MAX_FIELDS_PER_FRAME),
  fields: z.array(PageFieldSchema).max(MAX_FIELDS_PER_FRAME),
  // Origins of the cross-origin frames this frame shows (http and https only).
  frameOrigins: z.array(z.string().max(300)).max(20).default([]),
});
export type FrameFields = z.infer<typeof FrameFieldsSchema>;

// A field as the background keeps it: stable across the job, addressed by frame, index and name.
export const FormFieldSchema = PageFieldSchema.extend({
  id: z.string().max(300),
  frameId: z.number().int().nonnegative(),
  // `frameId:group`, unique in the tab.
  groupId: z.string().max(40),
  groupLabel: z.string().max(200),
});
export type FormField = z.infer<typeof FormFieldSchema>;

export function fieldId(frameId: number, field: Pick<PageField, 'index' | 'name'>): string {
  return `${frameId}:${field.index}:${field.name.slice(0, 200)}`;
}

// Flattens every frame's fields into one list, in frame order then document order.
export function collectFormFields(frames: ReadonlyArray<{ frameId: number; fields: FrameFields }>): FormField[] {
  return frames.flatMap(({ frameId, fields: frame }) =>
    frame.fields.map((field) => ({
      ...field,
      id: fieldId(frameId, field),
      frameId,
      groupId: `${frameId}:${field.group}`,
      groupLabel: frame.groups[field.group]?.label ?? '',
    })),
  );
}

export function isEmptyValue(value: FieldValue): boolean {
  if (typeof value === 'boolean') return value === false;
  if (Array.isArray(value)) return value.length === 0;
  return value.trim() === '';
}
