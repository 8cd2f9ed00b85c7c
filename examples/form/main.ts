// A facility-agriculture filing form: react-hook-form with zodResolver, checked against
// Guangxi's (十一) rules as people type. Written without JSX so it builds with plain Vite.
//
// The law that governs a filing is the law in force on the day it is filed: the form asks for
// that day (备案日期, today in China by default) and gives it as `actOn`. Guangxi's measures
// were in force 2023-12-04 … 2026-12-03; a filing dated after that is not judged under them,
// and the form says so beside the date instead of showing the filing as compliant.
import { zodResolver } from '@hookform/resolvers/zod';
import { createElement as h, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { type Resolver, useForm } from 'react-hook-form';
import * as z from 'zod';
// The package's own entry points, as an application imports them (vite.config.ts builds against dist/).
import { todayInChina, withPolicyChecks } from 'landuse-rules/form';
import simpleShed from 'landuse-rules/rules/gx-rural-land-2023/11-simple-shed-in-203-scope';
import smallFacilityFiling from 'landuse-rules/rules/gx-rural-land-2023/11-small-facility-agriculture-filing';

const number = z.number({ error: '请输入数字' }).min(0, '不能为负数');

const filingFields = z.object({
  filedOn: z.iso.date({ error: '请输入备案日期' }),
  projectType: z.literal('facility-agriculture'),
  siteAreaM2: z.object({ value: number, unit: z.enum(['m2', 'mu', 'ha']) }),
  floorAreaM2: number,
  structureType: z.string(),
  within203Scope: z.boolean(),
});
type Filing = z.infer<typeof filingFields>;

/** The schema with the policy checks for filings made on one day (a handful of days are typed: kept). */
const schemas = new Map<string, typeof filingFields>();
const schemaFiledOn = (filedOn: string): typeof filingFields => {
  let schema = schemas.get(filedOn);
  if (!schema) {
    schema = withPolicyChecks(filingFields, {
      rules: [smallFacilityFiling, simpleShed],
      actOn: filedOn,
      locale: 'zh-Hans',
      // A rule not in force on the filing day is reported at the form's level, never as a pass.
      report: ['fail', 'not-in-force'],
      // The area is entered as value and unit; its message goes beside the value.
      fieldPaths: { siteAreaM2: ['siteAreaM2', 'value'] },
      // A lapse is news about the filing day: said beside that field.
      formPath: ['filedOn'],
    });
    schemas.set(filedOn, schema);
  }
  return schema;
};

/** The date field is checked first: the policy checks need a valid filing day. */
const resolver: Resolver<Filing> = (values, context, options) => {
  const filedOn = filingFields.shape.filedOn.safeParse(values.filedOn);
  return zodResolver(filedOn.success ? schemaFiledOn(filedOn.data) : filingFields)(values, context, options);
};

const field = (label: string, control: ReactNode, error: string | undefined, testId: string) =>
  h('div', null, h('label', null, label), control, error ? h('div', { className: 'error', 'data-testid': testId }, error) : null);

function FilingForm() {
  const { register, formState, watch, trigger } = useForm<Filing>({
    resolver,
    mode: 'onChange',
    defaultValues: {
      filedOn: todayInChina(),
      projectType: 'facility-agriculture',
      siteAreaM2: { value: 300, unit: 'm2' },
      floorAreaM2: 600,
      structureType: 'simple-shed',
      within203Scope: true,
    },
  });
  const { errors } = formState;
  const values = watch();
  // A policy check reads several fields and may place its message on one the user did not touch
  // (the unit turned to 亩 makes the value too large): every change checks the whole form again.
  const checked = { onChange: () => void trigger() };
  const siteError = errors.siteAreaM2?.value?.message;
  return h(
    'form',
    { onSubmit: (e: Event) => e.preventDefault() },
    h('h1', null, '设施农业用地备案'),
    field(
      '备案日期',
      // Another day may be judged under other law: every field is checked again.
      h('input', { type: 'date', 'data-testid': 'filed-on', ...register('filedOn', checked) }),
      errors.filedOn?.message,
      'filed-on-error',
    ),
    field(
      '用地面积',
      h(
        'div',
        { className: 'row' },
        h('input', { type: 'number', step: 'any', 'data-testid': 'site-value', ...register('siteAreaM2.value', { valueAsNumber: true, ...checked }) }),
        h(
          'select',
          { 'data-testid': 'site-unit', ...register('siteAreaM2.unit', checked) },
          h('option', { value: 'm2' }, '平方米'),
          h('option', { value: 'mu' }, '亩'),
          h('option', { value: 'ha' }, '公顷'),
        ),
      ),
      siteError,
      'site-error',
    ),
    field(
      '建筑面积（平方米）',
      h('input', { type: 'number', step: 'any', 'data-testid': 'floor', ...register('floorAreaM2', { valueAsNumber: true, ...checked }) }),
      errors.floorAreaM2?.message,
      'floor-error',
    ),
    field(
      '建筑物类型',
      h(
        'select',
        { 'data-testid': 'structure', ...register('structureType', checked) },
        h('option', { value: 'simple-shed' }, '简易棚房'),
        h('option', { value: 'greenhouse' }, '连栋温室'),
      ),
      errors.structureType?.message,
      'structure-error',
    ),
    field(
      '位于203范围内',
      h('input', { type: 'checkbox', 'data-testid': 'in-203', ...register('within203Scope', checked) }),
      errors.within203Scope?.message,
      'scope-error',
    ),
    formState.isValid
      ? h('div', { className: 'ok', 'data-testid': 'ok' }, `符合简化备案条件（用地 ${values.siteAreaM2?.value ?? ''} ${values.siteAreaM2?.unit ?? ''}）`)
      : null,
  );
}

createRoot(document.getElementById('root')!).render(h(FilingForm));
