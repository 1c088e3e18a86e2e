package cn.juece.procedure;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/** Turns a comma-separated id variable into the list a multi-instance task iterates: {@code ${idList.of(expertIds)}}. */
@Component("idList")
public class IdList {

    public List<String> of(String ids) {
        if (ids == null) {
            return List.of();
        }
        return Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }
}
