namespace Hotline.Domain.Screening;

/// <summary>
/// What a person said about a job offer, one typed value per screening question. Every answer is
/// optional: null means not asked, skipped or not understood, and never adds risk by itself
/// (a person who does not know is not penalised; "don't know the employer" is its own answer).
/// </summary>
public sealed record ScreeningAnswers
{
    /// <summary>Destination key as in content/destinations: thailand, malaysia, south-korea, japan, other.</summary>
    public string? Destination { get; init; }

    /// <summary>Sector key as in content/screening (deep_sea_fishing, domestic_work_live_in, entertainment, …).</summary>
    public string? Sector { get; init; }

    /// <summary>ISO 3166-2:KH code of the person's province (KH-12), if they gave one.</summary>
    public string? Province { get; init; }

    public RecruiterType? Recruiter { get; init; }

    /// <summary>How many people stand between the person and the employer (brokers, sub-agents).</summary>
    public int? Intermediaries { get; init; }

    public int? Age { get; init; }

    public FeePayee? FeeAskedBy { get; init; }

    /// <summary>Whether money must be paid before a contract is signed.</summary>
    public bool? FeeBeforeContract { get; init; }

    /// <summary>A loan or advance to be paid back out of wages.</summary>
    public bool? LoanFromWages { get; init; }

    public PassportHolder? PassportKeptBy { get; init; }

    public bool? WrittenContract { get; init; }

    public bool? ContractInKhmer { get; init; }

    public WagePayment? WagesPaid { get; init; }

    public BorderCrossing? Crossing { get; init; }

    /// <summary>Pay or conditions that sound too good to be true.</summary>
    public bool? TooGoodPromises { get; init; }

    /// <summary>Told not to tell family or anyone else.</summary>
    public bool? ToldToKeepSecret { get; init; }

    /// <summary>A marriage abroad arranged by a broker or agency.</summary>
    public bool? BrokeredMarriage { get; init; }

    /// <summary>Whether the person knows the employer's name and address.</summary>
    public bool? KnowsEmployer { get; init; }
}

public enum RecruiterType
{
    LicensedAgency,
    UnlicensedBroker,
    Relative,
    Online,
    NotSure,
}

public enum FeePayee
{
    NoFee,
    Agency,
    Broker,
    Employer,
    Other,
    NotSure,
}

public enum PassportHolder
{
    Self,
    Employer,
    Broker,
    Agency,
    NoPassport,
    NotSure,
}

public enum WagePayment
{
    ToWorker,
    ThroughBroker,
    NotSure,
}

public enum BorderCrossing
{
    PassportAndWorkPermit,
    PassportWithoutWorkPermit,
    TouristVisa,
    NoDocuments,
    NotSure,
}
