package cn.juece.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.juece.participation.PublicComments;

/**
 * A comment from the public; the limits are the public_comment columns' widths. Public only
 * because Freemarker reads the typed values back into the form through public classes alone.
 */
public record CommentForm(
        @Size(max = 100, message = "姓名不能超过{max}字") String name,
        @Size(max = 200, message = "联系方式不能超过{max}字") String contact,
        @NotBlank(message = "请填写意见内容")
        @Size(max = PublicComments.MAX_COMMENT_LENGTH, message = "意见内容不能超过{max}字") String text) {

    static final CommentForm EMPTY = new CommentForm(null, null, null);
}
