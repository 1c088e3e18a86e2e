package cn.juece.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Spring users from the directory; each group is an authority. Passwords are held hashed only. */
class DirectoryUsers implements UserDetailsService {

    private final Directory directory;
    private final String passwordHash;

    DirectoryUsers(Directory directory, DemoPassword password, PasswordEncoder encoder) {
        this.directory = directory;
        this.passwordHash = encoder.encode(password.value());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Directory.Person person = directory.person(username)
                .orElseThrow(() -> new UsernameNotFoundException("用户不存在"));
        List<SimpleGrantedAuthority> authorities = person.groups().stream().map(SimpleGrantedAuthority::new).toList();
        return User.withUsername(person.id()).password(passwordHash).authorities(authorities).build();
    }
}
