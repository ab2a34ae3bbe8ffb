namespace Boutique.Data.Seed;

/// <summary>What one seeding run added (all zero when everything was already there).</summary>
public sealed record SeedResult(int Users, int Categories, int Products, int Variants, int Images)
{
    public bool AddedNothing => Users + Categories + Products + Variants + Images == 0;

    public override string ToString() => AddedNothing
        ? "Nothing to seed: the accounts and the catalog already exist."
        : $"Seeded {Users} user(s), {Categories} categories, {Products} products, {Variants} variants, {Images} images.";
}
