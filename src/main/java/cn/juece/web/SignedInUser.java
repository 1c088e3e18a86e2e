package cn.juece.web;

/** The header's view of the signed-in user. Public, as templates read it by reflection. */
public record SignedInUser(String id, String name, String roles, boolean mayPropose, boolean administrator,
                           boolean keepsCatalogue) {
}
