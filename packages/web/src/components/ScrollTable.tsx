import { Table, type TableProps } from "antd";
import { useEffect, useRef } from "react";

/**
 * An antd Table that scrolls sideways when it is wider than the screen (a phone), with its
 * scrolling area reachable from the keyboard: focusable, a named region (WCAG 2.1.1; axe's
 * scrollable-region-focusable), which antd's own scroll container is not.
 */
export function ScrollTable<T extends object>({ label, ...props }: TableProps<T> & { label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const el of ref.current?.querySelectorAll(".ant-table-content, .ant-table-body") ?? []) {
      el.setAttribute("tabindex", "0");
      el.setAttribute("role", "region");
      el.setAttribute("aria-label", label);
    }
  });
  return (
    <div ref={ref}>
      <Table<T> scroll={{ x: "max-content" }} {...props} />
    </div>
  );
}
