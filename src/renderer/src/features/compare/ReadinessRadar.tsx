import { Bar, BarChart, CartesianGrid, Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { CategoryPoint } from '../../../../shared/planning/category-profile';

export interface RadarSeries {
  name: string;
  points: CategoryPoint[];
}

const COLORS = ['#2f5bd3', '#c2410c'];
const REQUIRED = '#5a6473';

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** Splits a category name into lines of about `width` characters, at spaces. */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length + 1 <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  payload?: { value: string };
}

/** An axis label on up to three lines, centred on its point, so long category names are not cut off. */
function CategoryTick({ x = 0, y = 0, textAnchor = 'middle', payload }: TickProps) {
  const lines = wrapWords(payload?.value ?? '', 16);
  return (
    <text x={x} y={y} textAnchor={textAnchor} fontSize={11} fill="#1c2330">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? -((lines.length - 1) * 13) / 2 + 4 : 13}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Required against current level by skill category (means over the role's required skills in each category).
 * A radar needs three axes; a role spanning fewer categories gets bars instead.
 */
export function ReadinessRadar({ series, width = 500, height = 330 }: { series: RadarSeries[]; width?: number; height?: number }) {
  const base = series[0]?.points ?? [];
  const data = base.map((p, i) => ({
    category: p.categoryName,
    Required: oneDecimal(p.required),
    ...Object.fromEntries(series.map((s) => [s.name, oneDecimal(s.points[i]?.current ?? 0)])),
  }));
  const summary = base
    .map((p, i) => `${p.categoryName}: required ${oneDecimal(p.required)}, ${series.map((s) => `${s.name} ${oneDecimal(s.points[i]?.current ?? 0)}`).join(', ')}`)
    .join('; ');
  if (data.length === 0) return null;
  return (
    <figure className="radar">
      <div role="img" aria-label={`Required and current level by skill category. ${summary}.`}>
      {data.length >= 3 ? (
        <RadarChart width={width} height={height} data={data} outerRadius="66%" accessibilityLayer={false}>
          <PolarGrid stroke="#dde1e7" />
          <PolarAngleAxis dataKey="category" tick={(props: TickProps) => <CategoryTick {...props} />} />
          <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90 - 180 / data.length} tick={{ fontSize: 10, fill: '#5a6473' }} />
          <Radar name="Required" dataKey="Required" stroke={REQUIRED} strokeDasharray="5 4" fill={REQUIRED} fillOpacity={0.08} isAnimationActive={false} />
          {series.map((s, i) => (
            <Radar key={s.name} name={s.name} dataKey={s.name} stroke={COLORS[i]} fill={COLORS[i]} fillOpacity={0.22} isAnimationActive={false} />
          ))}
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Tooltip />
        </RadarChart>
      ) : (
        <BarChart width={width} height={height} data={data} layout="vertical" accessibilityLayer={false}>
          <CartesianGrid stroke="#dde1e7" horizontal={false} />
          <XAxis type="number" domain={[0, 5]} tickCount={6} />
          <YAxis type="category" dataKey="category" width={160} tick={{ fontSize: 11 }} />
          <Bar dataKey="Required" fill={REQUIRED} fillOpacity={0.35} isAnimationActive={false} />
          {series.map((s, i) => (
            <Bar key={s.name} dataKey={s.name} fill={COLORS[i]} isAnimationActive={false} />
          ))}
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Tooltip />
        </BarChart>
      )}
      </div>
      <figcaption className="radar__caption">Mean level per skill category, 0–5, over the role’s required skills.</figcaption>
    </figure>
  );
}
