"""Fill locale/en/LC_MESSAGES/django.po from the table below, then compile it.

Chinese is the source language; English covers the frame (menus, roles, choices, field names).
Run after `manage.py makemessages -l en`; the compiled .mo is committed so that no gettext
tools are needed at run time.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

PO = Path(__file__).resolve().parents[1] / "locale" / "en" / "LC_MESSAGES" / "django.po"
EN = {
    "省级管理员": "Provincial officer",
    "市级管理员": "City officer",
    "县级管理员": "County officer",
    "企业用户": "Enterprise user",
    "高校院所用户": "University/institute user",
    "专家": "Expert",
    "技术经纪人": "Technology broker",
    "服务机构": "Service provider",
    "系统管理员": "System administrator",
    "安全管理员": "Security administrator",
    "审计管理员": "Audit administrator",
    "本级及以下": "This level and below",
    "仅本单位": "Own organisation only",
    "仅本人": "Self only",
    "无业务数据": "No business data",
    "姓名": "Name",
    "角色": "Role",
    "数据范围": "Data scope",
    "所属单位": "Organisation",
    "所在层级": "Region node",
    "手机号": "Mobile",
    "身份证号": "ID number",
    "用户": "User",
    "登录": "Sign in",
    "科创平台": "Kechuang",
    "用户名": "User name",
    "密码": "Password",
    "科技创新与产业创新服务平台 · 统一登录": "S&T and industrial innovation platform · sign in",
    "科技创新与产业创新服务平台": "S&T and industrial innovation platform",
    "成功": "Success",
    "拒绝": "Refused",
    "失败": "Failed",
    "登录成功": "Signed in",
    "登录失败": "Sign-in failed",
    "退出": "Sign out",
    "锁定": "Locked",
    "时间": "Time",
    "账号": "Account",
    "单位": "Organisation",
    "操作": "Action",
    "对象": "Object",
    "结果": "Result",
    "说明": "Note",
    "操作日志": "Operation log",
    "登录日志": "Login log",
    "安全告警": "Security alerts",
    "排队中": "Queued",
    "进行中": "Running",
    "已完成": "Done",
    "未通过": "Rejected",
    "出错": "Error",
    "后台任务": "Background jobs",
    "企业": "Enterprise",
    "高等院校": "University",
    "科研院所": "Research institute",
    "政府部门": "Government department",
    "大型": "Large",
    "中型": "Medium",
    "小型": "Small",
    "微型": "Micro",
    "产业链": "Industrial chain",
    "名称": "Name",
    "统一社会信用代码": "Unified social credit code",
    "机构类型": "Kind",
    "所在地区": "Region",
    "所属行业": "Industry",
    "规模": "Size",
    "成立日期": "Founded",
    "地址": "Address",
    "联系人": "Contact",
    "联系电话": "Contact phone",
    "机构": "Organisation",
    "资质": "Qualification",
    "省": "Province",
    "设区市": "City",
    "县(市、区)": "County",
    "开发区/园区": "Zone/park",
    "行政区划": "Region",
    "主菜单": "Main menu",
    "我的会话与密码": "My sessions and password",
    "接口文档": "API reference",
    "首页概览": "Overview",
    "主体库": "Registry",
    "批量导入": "Import",
    "账号管理": "Accounts",
    "在线用户": "Online users",
}


def main() -> None:
    text = PO.read_text("utf-8")

    def fill(match: re.Match[str]) -> str:
        msgid = match.group(1)
        return f'msgid "{msgid}"\nmsgstr "{EN.get(msgid, "")}"'

    text = re.sub(r'msgid "((?:[^"\\]|\\.)+)"\nmsgstr ""', fill, text)
    text = text.replace("#, fuzzy\n", "", 1)
    PO.write_text(text, "utf-8")
    subprocess.run(["msgfmt", "-o", str(PO.with_suffix(".mo")), str(PO)], check=True)


if __name__ == "__main__":
    main()
