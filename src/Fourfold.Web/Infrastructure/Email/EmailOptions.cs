namespace Fourfold.Web.Infrastructure.Email;

public sealed class EmailOptions
{
    public string From { get; set; } = "Fourfold <no-reply@fourfold.local>";

    /// <summary>Where messages are written as .eml files when no SMTP host is configured.</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string Host { get; set; } = "";

        public int Port { get; set; } = 587;

        public string UserName { get; set; } = "";

        public string Password { get; set; } = "";

        public bool UseStartTls { get; set; } = true;
    }
}
