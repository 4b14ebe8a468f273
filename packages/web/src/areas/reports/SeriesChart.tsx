import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface Series {
  name: string;
  type: "bar" | "line";
  values: number[];
  color: string;
}

export interface SeriesChartProps {
  /** Category names along the axis (months, regions). */
  labels: string[];
  series: Series[];
  /** Formats a value for the axis (e.g. fen → "¥1,235"). */
  axisFormat: (value: number) => string;
  /** Formats a value for the tooltip (e.g. fen → "¥1,234.50"). */
  tooltipFormat: (value: number) => string;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  ariaLabel: string;
  height?: number;
  horizontal?: boolean;
  /** Counts: whole numbers on the value axis. */
  integer?: boolean;
}

/** Reds, golds and greys that hold their contrast on white, for several series side by side. */
export const SERIES_COLORS = ["#c41d1d", "#d48806", "#1d39c4", "#237804", "#531dab", "#595959"];

/** Bars and lines over shared categories, with a legend: ECharts tree-shaken to what it draws, resized with its box. */
export function SeriesChart({
  labels,
  series,
  axisFormat,
  tooltipFormat,
  ariaLabel,
  height = 320,
  horizontal = false,
  integer = false,
}: SeriesChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: "canvas" });
    const category = {
      type: "category" as const,
      data: labels,
      axisLabel: { interval: horizontal ? 0 : "auto", overflow: "truncate" as const, width: horizontal ? 96 : 72 },
    };
    const value = { type: "value" as const, minInterval: integer ? 1 : 0, axisLabel: { formatter: (v: number) => axisFormat(v) } };
    chart.setOption({
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, type: "scroll" },
      tooltip: { trigger: "axis", valueFormatter: (v: unknown) => tooltipFormat(Number(v)) },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? { ...category, inverse: true } : value,
      series: series.map((s) => ({
        name: s.name,
        type: s.type,
        data: s.values,
        itemStyle: { color: s.color },
        lineStyle: s.type === "line" ? { color: s.color, width: 2 } : undefined,
        barMaxWidth: 36,
        smooth: false,
        symbolSize: 6,
      })),
      aria: { enabled: false },
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [labels, series, axisFormat, tooltipFormat, horizontal, integer]);
  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: "100%", height }} />;
}
