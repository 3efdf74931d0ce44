using Fourfold.Domain.Scheduling;

namespace Fourfold.Domain.Tests.Scheduling;

public sealed class SessionVenueTests
{
    [Theory]
    [InlineData("Room 4, 120 Water Street", null)]
    [InlineData(null, "https://video.example/j/123?pwd=abc")]
    [InlineData("  Room 4  ", "  https://meet.example/room  ")]
    [InlineData(null, null)]
    [InlineData("", " ")]
    public void APlaceAndAnHttpsLink_AreKeptTrimmed_EmptyMeansNotSaid(string? place, string? link)
    {
        var problems = new Dictionary<string, string>();

        var venue = SessionVenue.From(place, link, problems);

        Assert.Empty(problems);
        Assert.NotNull(venue);
        Assert.Equal(string.IsNullOrWhiteSpace(place) ? null : place.Trim(), venue.Place);
        Assert.Equal(string.IsNullOrWhiteSpace(link) ? null : link.Trim(), venue.VideoLink);
    }

    [Theory]
    [InlineData(null, "http://video.example/j/123", "VideoLink")]
    [InlineData(null, "javascript:alert(1)", "VideoLink")]
    [InlineData(null, "video.example/j/123", "VideoLink")]
    [InlineData(null, "https://user:secret@video.example/", "VideoLink")]
    [InlineData("Room 4\nthen left", null, "Place")]
    public void ALinkThatIsNotHttpsOrAPlaceOnManyLines_IsRefusedByItsField(string? place, string? link, string field)
    {
        var problems = new Dictionary<string, string>();

        Assert.Null(SessionVenue.From(place, link, problems));
        Assert.Equal([field], problems.Keys);
    }

    [Fact]
    public void TooLongAPlaceOrLink_IsRefused()
    {
        var problems = new Dictionary<string, string>();

        Assert.Null(SessionVenue.From(new string('a', SessionVenue.MaxPlaceLength + 1), "https://v.example/" + new string('a', SessionVenue.MaxVideoLinkLength), problems));
        Assert.Equal(2, problems.Count);
    }
}
