package cn.juece.notice;

import java.util.List;

/** Notices stored in the current transaction; mailed once it commits. */
record NoticesCreated(List<Long> ids) {
}
