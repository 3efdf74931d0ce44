using Fourfold.Domain.Common;
using Fourfold.Domain.Practices;

namespace Fourfold.Domain.Tests.Cases;

public sealed class PracticeSafetySettingsTests
{
    private static Practice NewPractice() => new(PracticeId.New(), "Harbor Counseling", "America/New_York");

    [Theory]
    [InlineData("US", "988")]
    [InlineData("gb", " 116 123 ")]
    [InlineData("AU", "13 11 14")]
    [InlineData("DE", "+49 800 111 0 111")]
    [InlineData("US", "")]
    public void ACountryAndANumber_AreKeptTrimmed(string country, string number)
    {
        var practice = NewPractice();

        practice.SetSafetySettings(country, number);

        Assert.Equal(country.ToUpperInvariant(), practice.CountryCode);
        Assert.Equal(number.Trim(), practice.CrisisLine);
    }

    [Theory]
    [InlineData("", "988")]
    [InlineData("XX", "988")]
    [InlineData("US", "call 988")]
    [InlineData("US", "<script>")]
    [InlineData("US", "- ( )")]
    [InlineData("US", "1234567890123456789012345678901234567890123")]
    public void AnUnknownCountryOrANumberThatIsNotOne_IsRefused_AndNothingChanges(string country, string number)
    {
        var practice = NewPractice();
        practice.SetSafetySettings("US", "988");

        Assert.Throws<DomainRuleViolation>(() => practice.SetSafetySettings(country, number));

        Assert.Equal(("US", "988"), (practice.CountryCode, practice.CrisisLine));
    }

    [Fact]
    public void ACountrysZones_ComeFromTheTimeZoneDatabase()
    {
        Assert.Contains("America/Chicago", Countries.ZonesOf("US"));
        Assert.DoesNotContain("Europe/London", Countries.ZonesOf("US"));
        Assert.Equal("United States", Countries.NameOf("US"));
    }
}
