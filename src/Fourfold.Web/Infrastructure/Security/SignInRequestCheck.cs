using Microsoft.AspNetCore.Identity.Data;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Identity's sign-in and refresh endpoints assume their fields are there; a body without them answers 400 with the
/// field that is missing instead of reaching them.
/// </summary>
internal sealed class SignInRequestCheck : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var problems = new Dictionary<string, string[]>();
        foreach (var argument in context.Arguments)
        {
            switch (argument)
            {
                case LoginRequest login:
                    if (string.IsNullOrWhiteSpace(login.Email))
                    {
                        problems["email"] = ["Enter your email address."];
                    }

                    if (string.IsNullOrEmpty(login.Password))
                    {
                        problems["password"] = ["Enter your password."];
                    }

                    break;
                case RefreshRequest refresh when string.IsNullOrEmpty(refresh.RefreshToken):
                    problems["refreshToken"] = ["Send the refresh token given at sign-in."];
                    break;
            }
        }

        return problems.Count == 0 ? await next(context) : TypedResults.ValidationProblem(problems);
    }
}
