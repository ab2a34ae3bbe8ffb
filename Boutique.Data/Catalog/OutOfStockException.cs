using Boutique.Data.Common;

namespace Boutique.Data.Catalog;

public sealed class OutOfStockException(string sku, int requested, int available)
    : DomainException(available == 0
        ? $"{sku} is sold out."
        : $"Only {available} of {sku} left; {requested} were requested.")
{
    public string Sku { get; } = sku;
    public int Requested { get; } = requested;
    public int Available { get; } = available;
}
