from django import forms

from apps.core.uploads import UploadRejected, check_upload


class ImportForm(forms.Form):
    file = forms.FileField(label="Excel 文件（.xlsx）")

    def clean_file(self) -> object:
        f = self.cleaned_data["file"]
        try:
            check_upload(f, kinds={"xlsx"}, name=f.name)
        except UploadRejected as exc:
            raise forms.ValidationError(str(exc)) from None
        return f
