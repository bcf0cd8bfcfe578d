"""Browser defences every page gets: a strict Content-Security-Policy and no caching of pages
that may hold personal data (all signed-in pages)."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_vary_headers

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# The API reference page (Swagger UI, served locally) sets styles inline.
CSP_DOCS = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        docs = request.path.startswith("/api/docs")
        response.setdefault("Content-Security-Policy", CSP_DOCS if docs else CSP)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and "Cache-Control" not in response:
            response["Cache-Control"] = "no-store"
        return response


class UploadSizeMiddleware:
    """Refuse an oversized upload from its declared length, before it is read or stored."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.KECHUANG_MAX_UPLOAD_BYTES + 1024 * 1024  # room for the form fields
        if length > limit:
            message = (
                f"上传内容 {length / 1048576:.1f} MB，超过 "
                f"{settings.KECHUANG_MAX_UPLOAD_BYTES // 1048576} MB 的上限，未接收。"
            )
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": message}, status=413)
            return render(request, "core/too_large.html", {"message": message}, status=413)
        return self.get_response(request)


class ChosenLanguageMiddleware:
    """Chinese unless the user chose English with the language button (its cookie).

    Django's LocaleMiddleware also follows the browser's Accept-Language, so an officer whose
    browser happens to prefer English got the translated menu and headings around Chinese
    pages (the English catalogue is partial: forms, messages and documents are Chinese). The
    platform's language is Chinese; English is an explicit choice."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.supported = {code for code, _ in settings.LANGUAGES}

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in self.supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        patch_vary_headers(response, ("Cookie",))  # the language comes from a cookie
        return response
