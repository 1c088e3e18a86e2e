package cn.juece.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.juece.security.Directory;

/** A MockMvc user as the directory knows them: their id, with their groups as authorities. */
final class DirectoryUser {

    private DirectoryUser() {
    }

    static RequestPostProcessor of(Directory directory, String userId) {
        return user(userId).authorities(directory.person(userId).orElseThrow().groups().stream()
                .map(SimpleGrantedAuthority::new).toList());
    }
}
