namespace Fourfold.Web.Features;

/// <summary>Answers shared by every API endpoint.</summary>
internal static class ApiResults
{
    private static readonly object NotFoundBody = new { status = 404, title = "Not found" };

    /// <summary>The same body for an id that does not exist and for one the caller may not see.</summary>
    public static IResult NotFound() => Results.Json(NotFoundBody, statusCode: StatusCodes.Status404NotFound);
}
