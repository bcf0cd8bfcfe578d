"""Experts sort by the pinyin of their names (王建国 → wangjianguo) instead of character code;
existing profiles get their sort key here."""

from django.db import migrations, models


def fill_sort_keys(apps, schema_editor):
    from apps.core.text import sort_key

    Expert = apps.get_model("experts", "Expert")
    batch = []
    for expert in Expert.objects.only("id", "name").iterator(chunk_size=2000):
        expert.name_pinyin = sort_key(expert.name)[:200]
        batch.append(expert)
        if len(batch) == 2000:
            Expert.objects.bulk_update(batch, ["name_pinyin"])
            batch = []
    Expert.objects.bulk_update(batch, ["name_pinyin"])


class Migration(migrations.Migration):
    dependencies = [
        ("experts", "0001_initial"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="expert",
            options={
                "ordering": ["tier", "name_pinyin", "id"],
                "verbose_name": "专家",
                "verbose_name_plural": "专家",
            },
        ),
        migrations.AddField(
            model_name="expert",
            name="name_pinyin",
            field=models.CharField(blank=True, max_length=200),
        ),
        migrations.RunPython(fill_sort_keys, migrations.RunPython.noop),
    ]
