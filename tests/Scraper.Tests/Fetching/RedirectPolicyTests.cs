using Scraper.Fetching;

namespace Scraper.Tests.Fetching;

/// <summary>The redirect rule alone: what stays on the site, and what each refusal says.</summary>
public sealed class RedirectPolicyTests
{
    [Theory]
    [InlineData("http://www.example.org/a", "https://www.example.org/a")]
    [InlineData("http://www.example.org/a", "https://WWW.EXAMPLE.ORG:443/b")]
    [InlineData("https://www.example.org/a", "https://www.example.org/b")]
    [InlineData("http://127.0.0.1:5000/a", "http://127.0.0.1:5000/b")]
    public void A_redirect_on_the_same_host_or_its_https_upgrade_is_followed(string first, string location)
    {
        // Act
        var next = RedirectPolicy.Next(new Uri(first), new Uri(first), new Uri(location), hop: 0, maxRedirects: 5);

        // Assert
        Assert.Equal(new Uri(location), next);
    }

    [Theory]
    [InlineData("http://www.example.org/a", "https://evil.example/a", "redirected off the site to https://evil.example")]
    [InlineData("https://www.example.org/a", "http://www.example.org/a", "redirected off the site to http://www.example.org")]
    [InlineData("http://www.example.org:8080/a", "https://www.example.org/a", "redirected off the site to https://www.example.org")]
    [InlineData("http://127.0.0.1:5000/a", "http://127.0.0.1:5001/a", "redirected off the site to http://127.0.0.1:5001")]
    [InlineData("http://www.example.org/a", "ftp://www.example.org/a", "redirected off the site to ftp://www.example.org")]
    public void A_redirect_to_another_host_port_or_a_downgrade_is_refused_as_off_the_site(string first, string location, string message)
    {
        // Act
        var refused = Assert.Throws<OffSiteRedirectException>(() => RedirectPolicy.Next(new Uri(first), new Uri(first), new Uri(location), hop: 0, maxRedirects: 5));

        // Assert
        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void A_redirect_beyond_the_most_followed_is_refused_as_too_many_even_when_it_also_leaves_the_site()
    {
        // Arrange
        var first = new Uri("http://www.example.org/a");

        // Act
        var refused = Assert.Throws<TooManyRedirectsException>(() => RedirectPolicy.Next(first, first, new Uri("https://evil.example/"), hop: 5, maxRedirects: 5));

        // Assert
        Assert.Equal("too many redirects (more than 5)", refused.Message);
    }

    [Fact]
    public void The_last_redirect_allowed_is_followed()
    {
        // Arrange
        var first = new Uri("http://www.example.org/a");

        // Act
        var next = RedirectPolicy.Next(first, first, new Uri("/b", UriKind.Relative), hop: 4, maxRedirects: 5);

        // Assert
        Assert.Equal(new Uri("http://www.example.org/b"), next);
    }
}
