namespace Boutique.Data.Catalog;

public sealed class Category
{
    private Category()
    {
    }

    public Category(string name, string slug, string? description, string? imageUrl, int sortOrder)
    {
        Id = Guid.CreateVersion7();
        Name = name;
        Slug = slug;
        Description = description;
        ImageUrl = imageUrl;
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string? Description { get; private set; }
    public string? ImageUrl { get; private set; }
    public int SortOrder { get; private set; }

    public void Update(string name, string slug, string? description, string? imageUrl, int sortOrder)
    {
        Name = name;
        Slug = slug;
        Description = description;
        ImageUrl = imageUrl;
        SortOrder = sortOrder;
    }
}
