import { useI18n } from '../i18n/i18n';
import type { CohortReport } from './cohort-report';
import { percent } from './cohort-report';
import { FIGURE_LABELS, FIGURE_PATHS, FIGURE_SECTIONS, FigurePath, FigureSection, figureKind } from './figure-labels';

const valueAt = (report: CohortReport, path: FigurePath): unknown =>
  path.split('.').reduce<unknown>((node, step) => (node as Record<string, unknown> | undefined)?.[step], report);

/** Every figure of the report, section by section, each with its rule and how it is counted. */
export function ReportFigures({ report }: { report: CohortReport }) {
  const { language, decimal } = useI18n();
  const labels = FIGURE_LABELS[language];
  const shown = (path: FigurePath): string => {
    const value = valueAt(report, path);
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, number>);
      return entries.length === 0 ? '0' : entries.map(([reason, count]) => `${reason}: ${count}`).join(' · ');
    }
    const kind = figureKind(path);
    if (kind === 'ratio') return decimal(percent(value as string | null));
    return kind === 'ects' ? decimal(String(value)) : String(value ?? '–');
  };
  const section = (name: FigureSection) => FIGURE_PATHS.filter((path) => path.startsWith(`${name}.`));
  return (
    <div className="report-figures">
      {FIGURE_SECTIONS.map((name) => (
        <section key={name} aria-labelledby={`figures-${name}`}>
          <h2 id={`figures-${name}`}>{labels.sections[name]}</h2>
          <dl className="figures">
            {section(name).map((path) => {
              const definition = report.definitions[path];
              return (
                <div key={path} data-testid={`figure-${path}`}>
                  <dt>{labels.figures[path]}</dt>
                  <dd className="value">{shown(path)}</dd>
                  {/* The server says the definitions in the reader's language (Accept-Language), as its other sentences. */}
                  {definition && (
                    <dd className="hint">
                      {definition.ruleId && <span className="rule">{definition.ruleId} · </span>}
                      {definition.definition}
                    </dd>
                  )}
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
