"""Print a demo account's current TOTP code — for trying the demo without a phone.

Works only with the development settings and only for the demo personas; production settings
refuse it, so it can never stand in for a real second factor.
"""

from __future__ import annotations

import os
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from apps.accounts.models import User
from apps.demo.personas import USERNAMES


class Command(BaseCommand):
    help = "（仅演示环境）显示演示账号当前的动态口令。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")

    def handle(self, *args: Any, **options: Any) -> None:
        if os.environ.get("DJANGO_SETTINGS_MODULE") != "kechuang.settings.development":
            raise CommandError("此命令只能在演示环境（development 设置）中使用。")
        username = options["username"]
        if username not in USERNAMES:
            raise CommandError("只能用于演示账号。")
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError("演示账号不存在，请先运行 make run。")
        with transaction.atomic():
            device = TOTPDevice.objects.filter(user=user).order_by("-confirmed").first()
            if device is None:
                device = TOTPDevice.objects.create(user=user, name="动态口令", confirmed=False)
        secret = device.config_url.split("secret=")[1].split("&")[0]
        code = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()
        self.stdout.write(f"{username} 当前动态口令：{code:0{device.digits}d}（密钥 {secret}）")
