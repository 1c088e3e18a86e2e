package cn.juece.calendar;

/** A calendar data file that must not be used; thrown at load so start-up fails. */
final class InvalidCalendarFileException extends IllegalStateException {

    InvalidCalendarFileException(String file, String problem) {
        super("工作日历文件 " + file + " 有误：" + problem);
    }

    InvalidCalendarFileException(String file, String problem, Throwable cause) {
        super("工作日历文件 " + file + " 有误：" + problem, cause);
    }
}
