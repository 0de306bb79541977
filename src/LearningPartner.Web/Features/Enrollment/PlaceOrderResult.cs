namespace LearningPartner.Web.Features.Enrollment;

/// <summary>The order to show (new or the one a replay already created), or why none was placed.</summary>
public sealed record PlaceOrderResult(int? OrderId, string? Error)
{
    public static PlaceOrderResult Placed(int orderId) => new(orderId, null);

    public static PlaceOrderResult Refused(string error, int? existingOrderId = null) => new(existingOrderId, error);
}
