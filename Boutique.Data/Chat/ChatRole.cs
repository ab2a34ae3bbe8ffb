namespace Boutique.Data.Chat;

public enum ChatRole
{
    User,
    Assistant,
    System,
    Tool,
}
