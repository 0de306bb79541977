using LearningPartner.Application.Orders;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;
using Microsoft.Extensions.Options;

namespace LearningPartner.UnitTests.Orders;

/// <summary>R-FEE-3: the configured wire instructions per currency, and the transfer reference.</summary>
public sealed class WireTransfersTests
{
    private static readonly WireTransfers Transfers = new(Options.Create(Configured()));

    [Fact]
    public void ACompleteEntryGivesItsInstructionsWhateverTheCaseOfTheCode()
    {
        var eur = Transfers.For("eur");

        Assert.Equal(new WireInstructions("EUR", "Learning Program Ltd", "Bank Europe", "DE89370400440532013000", null, "BANKDEFF", null), eur);
    }

    [Fact]
    public void AnEntryWithoutBeneficiaryOrAccountCountsAsMissing()
    {
        Assert.Null(Transfers.For("GBP")); // no beneficiary
        Assert.Null(Transfers.For("CNY")); // neither IBAN nor account number
        Assert.Null(Transfers.For("JPY")); // no entry
        Assert.Equal(["CNY", "GBP", "JPY"], Transfers.MissingAmong(["USD", "JPY", "GBP", "EUR", "CNY", "GBP"]));
    }

    [Fact]
    public void TheTransferReferenceCarriesTheOrderNumberAndThePartnerId()
    {
        var transfer = WireTransfer.Of(Transfers, "4100003", new Money(1732.50m, "USD"), "LP2611-7KQ2M9XD");

        Assert.Equal("LP2611-7KQ2M9XD/4100003", transfer.Reference);
        Assert.Equal("000123456789", transfer.Instructions!.AccountNumber);
    }

    private static WireInstructionsOptions Configured()
    {
        var options = new WireInstructionsOptions();
        options.Currencies["EUR"] = new() { Beneficiary = " Learning Program Ltd ", BankName = "Bank Europe", Iban = "DE89370400440532013000", Swift = "BANKDEFF", BankAddress = " " };
        options.Currencies["USD"] = new() { Beneficiary = "Learning Program Ltd", BankName = "Bank US", AccountNumber = "000123456789", Swift = "BANKUS33" };
        options.Currencies["GBP"] = new() { BankName = "Bank UK", Iban = "GB29NWBK60161331926819", Swift = "BANKGB2L" };
        options.Currencies["CNY"] = new() { Beneficiary = "Learning Program Ltd", BankName = "Bank China", Swift = "BANKCNSH" };
        return options;
    }
}
