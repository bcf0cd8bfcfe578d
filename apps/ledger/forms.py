from django import forms


class UploadForm(forms.Form):
    file = forms.FileField(label="工作方案文件（.txt、.docx 或 .pdf，简体或繁体）")


class MilestoneForm(forms.Form):
    title = forms.CharField(label="节点", max_length=200)
    due = forms.DateField(label="计划完成", widget=forms.DateInput(attrs={"type": "date"}))
