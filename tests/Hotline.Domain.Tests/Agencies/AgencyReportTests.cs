using Hotline.Domain.Agencies;

namespace Hotline.Domain.Tests.Agencies;

public sealed class AgencyReportTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static readonly AgencyRegister Register = new(
    [
        new Agency("L-1", "", "Kdam Meas Manpower", [], ["thailand"], AgencyStatus.Licensed, "Notice", new DateOnly(2026, 11, 1), false),
    ]);

    [Fact]
    public void A_report_on_a_listed_agency_is_kept_under_its_licence_number()
    {
        var report = AgencyReport.From(Register.Lookup("kdam meas"), "kdam meas", ReportReason.PassportKept, Today);

        Assert.Equal(new AgencyReport("L-1", null, ReportReason.PassportKept, Today), report);
    }

    [Fact]
    public void Reports_on_one_unlisted_broker_typed_differently_are_counted_together()
    {
        var reports = new[] { "Mr. Sok Broker Co., Ltd", "mr sok broker", "MR SOK BROKER" }
            .Select(name => AgencyReport.From(Register.Lookup(name), name, ReportReason.FeesCharged, Today))
            .Append(AgencyReport.From(Register.Lookup("Kdam Meas"), "Kdam Meas", ReportReason.WagesUnpaid, Today))
            .ToList();

        var counts = AgencyReports.CountByAgency(reports);

        Assert.Equal(("name:mr sok broker", 3), counts[0]);
        Assert.Equal(("L-1", 1), counts[1]);
    }

    [Fact]
    public void A_report_keeps_only_a_short_name_key_without_phone_numbers_whatever_is_typed()
    {
        var typed = "Broker named Sok, his phone is 012 345 678, he lives next to the pagoda in the village " + new string('x', 200);

        var report = AgencyReport.From(Register.Lookup(typed), typed, ReportReason.Other, Today);

        Assert.Null(report.LicenceNumber);
        Assert.True(report.NameKey!.Length <= 48);
        Assert.DoesNotContain("012", report.NameKey);
        Assert.DoesNotContain("345", report.NameKey);
        Assert.Equal(4, typeof(AgencyReport).GetProperties().Count(p => p.Name != nameof(AgencyReport.CountKey)));
    }
}
