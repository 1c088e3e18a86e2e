package cn.juece.task;

/** Red: overdue. Yellow: due within the set number of working days. Green: on time. None: no deadline. */
public enum DueLight {
    RED, YELLOW, GREEN, NONE
}
