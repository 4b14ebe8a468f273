import type { AreaTexts } from "../../app/area";
import { dashboardTexts } from "./dashboards-i18n";

export const texts = {
  "zh-CN": {
    menuTitle: "统计报表",
    menu: { villageSales: "村级销售报表" },
    villageSales: {
      title: "村级销售报表",
      intro: "每笔支付成功的订单按产品所在村计入消费帮扶销售，按月汇总（中国时间），退款在原月份冲减。",
      village: "村",
      villagePlaceholder: "选择村",
      from: "起始月份",
      to: "截止月份",
      total: "期间销售额",
      orders: "期间订单笔数",
      month: "月份",
      amount: "销售额",
      orderCount: "订单笔数",
      chartTitle: "{{village}} 各月消费帮扶销售额",
      chartAria: "{{village}} 各月销售额柱状图：{{summary}}",
      period: "{{from}} 至 {{to}}",
      none: "暂无村庄数据",
      csv: "下载 CSV",
    },
    ...dashboardTexts["zh-CN"],
  },
  en: {
    menuTitle: "Reports",
    menu: { villageSales: "Village sales" },
    villageSales: {
      title: "Village sales report",
      intro:
        "Every paid order is credited to the village its products come from, summed per month (China time); refunds are taken off in the month of the sale.",
      village: "Village",
      villagePlaceholder: "Choose a village",
      from: "From month",
      to: "To month",
      total: "Sales in the period",
      orders: "Orders in the period",
      month: "Month",
      amount: "Sales",
      orderCount: "Orders",
      chartTitle: "{{village}}: sales per month",
      chartAria: "Bar chart of {{village}}'s sales per month: {{summary}}",
      period: "{{from}} to {{to}}",
      none: "No villages yet",
      csv: "Download CSV",
    },
    ...dashboardTexts.en,
  },
} satisfies AreaTexts;
