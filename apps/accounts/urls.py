from django.urls import path

from apps.accounts.views import auth, second_factor, sessions, users

app_name = "accounts"
urlpatterns = [
    path("login/", auth.LoginView.as_view(), name="login"),
    path("logout/", auth.LogoutView.as_view(), name="logout"),
    path("password/", auth.PasswordChangeView.as_view(), name="password_change"),
    path("2fa/setup/", second_factor.otp_setup, name="otp_setup"),
    path("2fa/verify/", second_factor.otp_verify, name="otp_verify"),
    path("sessions/", sessions.my_sessions, name="sessions"),
    path("sessions/<int:pk>/end/", sessions.my_session_end, name="session_end"),
    path("online/", sessions.online_users, name="online"),
    path("online/<int:pk>/force-out/", sessions.force_out, name="force_out"),
    path("users/", users.user_list, name="users"),
    path("users/new/", users.user_new, name="user_new"),
    path("users/<int:pk>/", users.user_edit, name="user_edit"),
]
