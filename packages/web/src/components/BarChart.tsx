import { BarChart as EBarChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([EBarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface BarChartProps {
  /** Category names along the axis. */
  labels: string[];
  values: number[];
  /** Formats a value for the axis and the tooltip (e.g. fen → "¥1,234.50"). */
  format?: (value: number) => string;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  ariaLabel: string;
  height?: number;
  horizontal?: boolean;
}

/** A bar chart: ECharts (tree-shaken to bars, grid and tooltip) in a div it resizes with. */
export function BarChart({ labels, values, format = String, ariaLabel, height = 280, horizontal = false }: BarChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: "canvas" });
    const category = { type: "category" as const, data: labels, axisLabel: { interval: 0, overflow: "truncate" as const, width: 88 } };
    const value = { type: "value" as const, axisLabel: { formatter: (v: number) => format(v) } };
    chart.setOption({
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", valueFormatter: (v: unknown) => format(Number(v)) },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [{ type: "bar", data: values, itemStyle: { color: "#c41d1d" }, barMaxWidth: 48 }],
      aria: { enabled: false },
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [labels, values, format, horizontal]);
  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: "100%", height }} />;
}
