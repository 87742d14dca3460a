import type { Template } from "./types";

/**
 * The built-in transactions template (交易明细), domain.md §2. The aliases include the CDNOW
 * header (`customer_id date number_of_cds dollar_value`) so that the reference file reads as is.
 */
export const TRANSACTIONS_TEMPLATE: Template = {
  id: "transactions",
  title: { "zh-CN": "交易明细", "en-US": "Transactions" },
  version: 1,
  fields: [
    {
      name: "customer_id",
      title: { "zh-CN": "客户编号", "en-US": "Customer ID" },
      type: "string",
      // Not unique: a customer has one row per order.
      constraints: { required: true },
      aliases: [
        "编号",
        "客户代码",
        "客户ID",
        "Customer No",
        "客户编码",
        "客户号",
        "Customer Code",
        "Client ID",
        "客户",
      ],
      part: "transactions",
    },
    {
      name: "order_id",
      title: { "zh-CN": "订单号", "en-US": "Order ID" },
      type: "string",
      constraints: { unique: true },
      aliases: ["订单编号", "单号", "交易编号", "流水号", "Order No", "Order number", "Invoice No"],
      part: "transactions",
    },
    {
      name: "order_date",
      title: { "zh-CN": "交易日期", "en-US": "Order date" },
      type: "date",
      constraints: { required: true },
      // Aggregated into last_purchase, which must not be in the future either.
      past: true,
      aliases: [
        "date",
        "日期",
        "订单日期",
        "下单日期",
        "购买日期",
        "交易时间",
        "Purchase date",
        "Transaction date",
      ],
      part: "transactions",
    },
    {
      name: "amount",
      title: { "zh-CN": "交易金额", "en-US": "Amount" },
      type: "number",
      // No minimum: refunds are negative amounts.
      aliases: [
        "dollar_value",
        "金额",
        "订单金额",
        "销售额",
        "销售金额",
        "实付金额",
        "Sales",
        "Value",
      ],
      part: "transactions",
    },
    {
      name: "profit",
      title: { "zh-CN": "利润", "en-US": "Profit" },
      type: "number",
      aliases: ["毛利", "利润贡献", "毛利额", "Gross profit", "Margin"],
      part: "transactions",
    },
    {
      name: "quantity",
      title: { "zh-CN": "数量", "en-US": "Quantity" },
      type: "integer",
      constraints: { minimum: 0 },
      aliases: ["number_of_cds", "件数", "购买数量", "Qty", "Units"],
      part: "transactions",
    },
  ],
};
