using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.UnitTests.Import.PolicyText;

public class DeadlineKindsTests
{
    [Theory]
    [InlineData("Publicatie zorginkoopbeleid op: www.zorgenzekerheid.nl.", DeadlineKind.PolicyPublication)]
    [InlineData("Publicatie van de inkoopdocumenten", DeadlineKind.PolicyPublication)]
    [InlineData("Uiterste datum voor het stellen van vragen", DeadlineKind.Questions)]
    [InlineData("Publicatie Nota van Inlichtingen", DeadlineKind.Answers)]
    [InlineData("Op 30 juni 2023 publiceren wij de Nvl en de definitieve inkoopdocumenten.", DeadlineKind.Answers)]
    [InlineData("Uiterste datum voor niet-gecontracteerde zorgaanbieders om een zorgovereenkomst 2024 aan te vragen.", DeadlineKind.Application)]
    [InlineData("Aanmelden nieuwe aanbieders", DeadlineKind.Application)]
    [InlineData("Indienen verzoek tot contractering", DeadlineKind.Application)]
    [InlineData("Starten met aanbieden zorgovereenkomsten aan zorgaanbieders.", DeadlineKind.Offer)]
    [InlineData("Voorstel a.s.r. aan aanbieder", DeadlineKind.Offer)]
    [InlineData("Uiterste datum van ondertekening in VECOZO Zorginkoopportaal", DeadlineKind.Signing)]
    [InlineData("Contractering afronden", DeadlineKind.Signing)]
    [InlineData("Publicatie gecontracteerde partijen op de website", DeadlineKind.ContractedProvidersPublication)]
    [InlineData("Informerend van verzekeren over het gecontracteerde zorgaanbod via de zorgzoeker", DeadlineKind.ContractedProvidersPublication)]
    [InlineData("Inkoopgesprekken", DeadlineKind.Meeting)]
    [InlineData("Declareren vanaf 1 januari", DeadlineKind.Other)]
    public void Planning_steps_get_their_kind_from_their_words(string description, DeadlineKind kind)
    {
        DeadlineKinds.Classify(description).Should().Be(kind);
    }
}
