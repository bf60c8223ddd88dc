import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

/** One bar chart of indicators; the figures are also written out below it for screen readers and print. */
export function IndicatorChart({ title, hint, labels, values, color }: { title: string; hint?: string; labels: string[]; values: number[]; color: string }) {
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {hint && <p className="hint">{hint}</p>}
      <div className="canvas">
        <Bar
          aria-label={title}
          role="img"
          data={{ labels, datasets: [{ label: title, data: values, backgroundColor: color }] }}
          options={{ responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } }}
        />
      </div>
      <ul className="figures-list">
        {labels.map((label, index) => <li key={label}>{label}: <strong>{values[index]}</strong></li>)}
      </ul>
    </figure>
  );
}
