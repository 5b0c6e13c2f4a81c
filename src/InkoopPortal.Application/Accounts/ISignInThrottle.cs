namespace InkoopPortal.Application.Accounts;

/// <summary>The sign-in throttle as user management sees it: unlocking an account also forgets its failed sign-ins.</summary>
public interface ISignInThrottle
{
    Task ForgetAccountAsync(string email, CancellationToken cancellationToken = default);
}
