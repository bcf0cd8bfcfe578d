from django import template

from apps.core.masking import mask_id_number, mask_mobile

register = template.Library()
register.filter("mask_mobile", mask_mobile)
register.filter("mask_id", mask_id_number)
