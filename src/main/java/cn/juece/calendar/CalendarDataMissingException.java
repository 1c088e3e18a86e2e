package cn.juece.calendar;

/**
 * A day falls in a year the calendar has no data for. Deadlines must never be guessed, so
 * the caller has to surface this until an operator imports the year's arrangement.
 */
public class CalendarDataMissingException extends RuntimeException {

    private final int year;
    private final String region;

    CalendarDataMissingException(int year, String region) {
        super("工作日历缺少 " + year + " 年的数据（地区：" + region + "），请先导入"
                + (WorkingDayCalendar.NATIONAL.equals(region) ? "国务院办公厅" : "该地区")
                + "公布的 " + year + " 年节假日安排");
        this.year = year;
        this.region = region;
    }

    public int getYear() {
        return year;
    }

    public String getRegion() {
        return region;
    }
}
