namespace InkoopPortal.Domain;

/// <summary>The law a care type falls under: basic insurance (insurers) or long-term care (care offices).</summary>
public enum Law
{
    /// <summary>Zorgverzekeringswet.</summary>
    Zvw = 1,

    /// <summary>Wet langdurige zorg.</summary>
    Wlz = 2,
}
