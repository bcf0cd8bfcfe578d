from django import forms
from django.conf import settings


class ImportForm(forms.Form):
    file = forms.FileField(label="Excel 文件（.xlsx）")

    def clean_file(self) -> object:
        f = self.cleaned_data["file"]
        limit = settings.KECHUANG_MAX_UPLOAD_BYTES
        if f.size > limit:
            size, cap = f.size / 1048576, limit // 1048576
            raise forms.ValidationError(
                f"文件大小 {size:.1f} MB，超过 {cap} MB 的上限，请拆分后分批导入。"
            )
        head = f.read(4)
        f.seek(0)
        if not f.name.lower().endswith(".xlsx") or head != b"PK\x03\x04":
            raise forms.ValidationError("请上传 .xlsx 格式的 Excel 文件（可先下载模板）。")
        return f
