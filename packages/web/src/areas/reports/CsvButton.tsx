import { DownloadOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import { App, Button } from "antd";
import { useTranslation } from "react-i18next";
import { useShowError } from "../../api/show-error";

/** A report's CSV download: the same route asked for text/csv, saved as a file; a refusal shown in the user's language. */
export function CsvButton({ download, disabled }: { download: () => Promise<string>; disabled?: boolean }) {
  const { t } = useTranslation("reports");
  const { message } = App.useApp();
  const showError = useShowError();
  const save = useMutation({
    mutationFn: download,
    onSuccess: (file) => void message.success(t("dashboards.common.csvDone", { file })),
    onError: (e) => showError(e),
  });
  return (
    <Button icon={<DownloadOutlined />} onClick={() => save.mutate()} loading={save.isPending} disabled={disabled}>
      {t("dashboards.common.csv")}
    </Button>
  );
}
