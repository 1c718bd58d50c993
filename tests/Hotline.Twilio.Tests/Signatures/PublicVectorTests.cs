using Hotline.Twilio.Tests.Support;

namespace Hotline.Twilio.Tests.Signatures;

/// <summary>The published vectors: Twilio's documentation and the official SDK test suites.</summary>
public sealed class PublicVectorTests
{
    private static readonly IReadOnlyList<KeyValuePair<string, string>> S1Params = Form.Of(
        ("CallSid", "CA1234567890ABCDE"), ("Caller", "+14158675309"), ("Digits", "1234"),
        ("From", "+14158675309"), ("To", "+18005551212"));

    [Fact]
    public void Documentation_example_D1_gives_the_documented_signature()
    {
        var form = Form.Parse("CallSid=CA1234567890ABCDE&Caller=%2B14158675310&Digits=1234&From=%2B14158675310&To=%2B18005551212");

        var signature = RequestValidator.ComputeSignature("https://example.com/myapp.php?foo=1&bar=2", form, "12345");

        Assert.Equal("L/OH5YylLD5NRKLltdqwSvS0BnU=", signature);
        Assert.True(RequestValidator.IsValid("https://example.com/myapp.php?foo=1&bar=2", form, "L/OH5YylLD5NRKLltdqwSvS0BnU=", "12345"));
    }

    [Fact]
    public void Documentation_example_D1_signs_the_url_followed_by_sorted_names_and_values()
    {
        const string signed = "https://example.com/myapp.php?foo=1&bar=2CallSidCA1234567890ABCDECaller+14158675310Digits1234From+14158675310To+18005551212";

        Assert.Equal("L/OH5YylLD5NRKLltdqwSvS0BnU=", Form.Hmac("12345", signed));
    }

    [Fact]
    public void Older_documentation_example_D2_validates()
    {
        var form = Form.Of(("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "1234"), ("From", "+12349013030"), ("To", "+18005551212"));

        Assert.True(RequestValidator.IsValid("https://mycompany.com/myapp.php?foo=1&bar=2", form, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", "12345"));
    }

    [Theory]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://mycompany.com:443/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w=")]
    [InlineData("http://mycompany.com:80/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    [InlineData("http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")]
    [InlineData("https://mycompany.com:1234/myapp.php?foo=1&bar=2", "CYn1h0gLBdNxDGkKJg6hYohgeD8=")]
    [InlineData("https://MyCompany.com/myapp.php?foo=1&bar=2", "g9IN/x4Cft2g517EjYvEvM/W7LU=")]
    [InlineData("https://MyCompany.com:1234/myapp.php?foo=1&bar=2", "PCqOZm8cnu/L6+u5i5fuEd+Iac4=")]
    [InlineData("http://MyCompany.com/myapp.php?foo=1&bar=2", "XY7AlKOKL6im4yWyX84gldUrtis=")]
    public void Sdk_suite_vector_S1_is_reproduced_and_accepted(string url, string expected)
    {
        Assert.Equal(expected, RequestValidator.ComputeSignature(url, S1Params, "12345"));
        Assert.True(RequestValidator.IsValid(url, S1Params, expected, "12345"));
    }

    [Fact]
    public void Sdk_suite_vector_with_credentials_hashes_them_although_Twilio_drops_them()
    {
        const string url = "http://username:password@MyCompany.com/myapp.php?foo=1&bar=2";
        const string tail = "CallSidCA1234567890ABCDECaller+14158675309Digits1234From+14158675309To+18005551212";

        // The C# SDK's vector hashes the credentials; Twilio signs the URL without them.
        Assert.Equal("PJ08CxXr7KLPjEQCTc8LkUSMwSM=", Form.Hmac("12345", url + tail));
        Assert.Equal("XY7AlKOKL6im4yWyX84gldUrtis=", RequestValidator.ComputeSignature(url, S1Params, "12345"));
        Assert.True(RequestValidator.IsValid(url, S1Params, "XY7AlKOKL6im4yWyX84gldUrtis=", "12345"));
    }

    [Fact]
    public void Signature_made_with_default_port_validates_without_it()
    {
        Assert.True(RequestValidator.IsValid("https://mycompany.com/myapp.php?foo=1&bar=2", S1Params, "kvajT1Ptam85bY51eRf/AJRuM3w=", "12345"));
    }

    [Fact]
    public void Signature_made_without_port_validates_when_received_with_a_custom_port()
    {
        Assert.True(RequestValidator.IsValid("https://mycompany.com:1234/myapp.php?foo=1&bar=2", S1Params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", "12345"));
    }

    [Fact]
    public void Signature_made_with_http_default_port_validates_without_it()
    {
        Assert.True(RequestValidator.IsValid("http://mycompany.com/myapp.php?foo=1&bar=2", S1Params, "0ZXoZLH/DfblKGATFgpif+LLRf4=", "12345"));
    }

    [Fact]
    public void Host_case_matters_so_a_lower_case_signature_fails_for_a_mixed_case_host()
    {
        Assert.False(RequestValidator.IsValid("https://MyCompany.com/myapp.php?foo=1&bar=2", S1Params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", "12345"));
    }

    [Fact]
    public void Repeated_keys_sign_each_distinct_value_in_ordinal_order()
    {
        var form = Form.Of(("Sid", "CA123"), ("SidAccount", "AC123"), ("Digits", "5678"), ("Digits", "1234"), ("Digits", "1234"));

        Assert.Equal("IK+Dwps556ElfBT0I3Rgjkr1wJU=", RequestValidator.ComputeSignature("https://mycompany.com/myapp.php?foo=1&bar=2", form, "12345"));
        Assert.Equal("IK+Dwps556ElfBT0I3Rgjkr1wJU=", Form.Hmac("12345", "https://mycompany.com/myapp.php?foo=1&bar=2Digits1234Digits5678SidCA123SidAccountAC123"));
    }

    private const string JsonBody = "{\"property\": \"value\", \"boolean\": true}";
    private const string JsonHash = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

    [Theory]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=" + JsonHash, "a9nBmqA0ju/hNViExpshrM61xv4=")]
    [InlineData("https://mycompany.com/myapp.php?bodySHA256=" + JsonHash, "y77kIzt2vzLz71DgmJGsen2scGs=")]
    [InlineData("https://mycompany.com/myapp.php?bodySHA256=" + JsonHash, "DvyhxKdj6iwN6iLOt+UHx5yLUaw=")]
    public void Json_body_validates_against_the_url_and_its_body_hash(string url, string signature)
    {
        Assert.True(RequestValidator.IsValidJson(url, System.Text.Encoding.UTF8.GetBytes(JsonBody), signature, "12345"));
    }

    [Fact]
    public void Json_body_that_does_not_match_its_hash_is_refused()
    {
        const string url = "https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=" + JsonHash;

        Assert.False(RequestValidator.IsValidJson(url, "{\"property\": \"other\", \"boolean\": true}"u8, "a9nBmqA0ju/hNViExpshrM61xv4=", "12345"));
    }

    [Fact]
    public void Json_request_without_a_body_hash_in_the_url_is_refused()
    {
        const string url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        var signature = RequestValidator.ComputeSignature(url, [], "12345");

        Assert.False(RequestValidator.IsValidJson(url, System.Text.Encoding.UTF8.GetBytes(JsonBody), signature, "12345"));
    }

    [Fact]
    public void Json_body_hash_of_the_documentation_sample_is_reproduced()
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("{\"CallSid\":\"CA1234567890ABCDE\",\"Caller\":\"+12349013030\"}"u8));
        var url = "https://example.com/myapp.php?bodySHA256=" + hash;
        var signature = RequestValidator.ComputeSignature(url, [], "12345");

        Assert.Equal("5ccde7145dfb8f56479710896586cb9d5911809d83afbe34627818790db0aec9", hash);
        Assert.True(RequestValidator.IsValidJson(url, "{\"CallSid\":\"CA1234567890ABCDE\",\"Caller\":\"+12349013030\"}"u8, signature, "12345"));
    }
}
