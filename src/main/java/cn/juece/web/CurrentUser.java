package cn.juece.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in user as the pages need them: id and the groups they act in. */
public record CurrentUser(String id, List<String> groups) {

    public static CurrentUser of(Authentication authentication) {
        return new CurrentUser(authentication.getName(),
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }
}
