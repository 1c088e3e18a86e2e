package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, used as a person would: log in,
 * click, type, tick the confirmation, submit, and keep a screenshot of each step.
 * Missing Chromium skips the browser tests on a developer's machine; CI (which installs it)
 * fails instead, so a green CI always includes them.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path CHROMIUM = Path.of(System.getProperty("juece.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("juece.chromedriver", "/usr/bin/chromedriver"));
    private static final Dimension DESKTOP = new Dimension(1440, 1000);

    private final ChromeDriver driver;
    private final String baseUrl;
    private int shots;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    static Browser open(int port) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run the browser tests: install chromium and chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Chromium not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-quic", "--no-first-run", "--lang=zh-CN", "--window-size=1440,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port);
    }

    Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    void login(String user, String password) {
        driver.manage().deleteAllCookies();
        go("/login");
        type(By.id("username"), user);
        type(By.id("password"), password);
        clickThrough(driver.findElement(By.cssSelector("form[action='/login'] button")));
        assertThat(driver.getCurrentUrl()).as("%s logged in", user).doesNotContain("/login");
    }

    void logout() {
        clickThrough(driver.findElement(By.cssSelector("form[action='/logout'] button")));
        assertThat(driver.getCurrentUrl()).contains("/login?logout");
    }

    /** Opens a task from the 工作台, claiming it from the group list first when it is offered there. */
    void openTask(String taskName, String decisionTitle) {
        go("/?tab=group");
        taskRow(taskName, decisionTitle).ifPresent(row -> {
            clickThrough(row.findElement(By.cssSelector("form[action$='/claim'] button")));
            assertThat(text()).contains("已签收");
        });
        go("/?tab=mine");
        WebElement row = taskRow(taskName, decisionTitle)
                .orElseThrow(() -> new AssertionError("「" + taskName + "」 not in the task list: " + text()));
        clickThrough(row.findElement(By.linkText(taskName)));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(taskName);
    }

    private java.util.Optional<WebElement> taskRow(String taskName, String decisionTitle) {
        return driver.findElements(By.cssSelector("table.tasks tbody tr")).stream()
                .filter(row -> row.getText().contains(taskName) && row.getText().contains(decisionTitle))
                .findFirst();
    }

    /** Fills a field of the current form by name, whatever kind of input the form renders for it. */
    Browser fill(String name, String value) {
        WebElement field = driver.findElement(By.name(name));
        switch (field.getTagName() + ":" + field.getAttribute("type")) {
            case "select:select-one" -> new Select(field).selectByValue(value);
            case "input:radio" -> driver.findElement(By.cssSelector(
                    "input[name='" + name + "'][value='" + value + "']")).click();
            case "input:checkbox" -> {
                for (String each : value.split(",")) {
                    driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + each + "']")).click();
                }
            }
            // a date input takes typed digits in the browser's locale order; set the ISO value directly
            case "input:date" -> ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                    field, value);
            default -> type(field, value);
        }
        return this;
    }

    /** Chooses a file for the form's document upload, as the file dialog would. */
    Browser attach(Path file) {
        driver.findElement(By.id("documents")).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Ticks the confirmation, submits, and expects the 工作台 with its completion notice. */
    void confirmAndSubmit() {
        confirm();
        submit();
        assertThat(driver.findElements(By.cssSelector(".error")))
                .as("refusals on the form").extracting(WebElement::getText).isEmpty();
        assertThat(text()).contains("已办结，已记入案卷");
    }

    void confirm() {
        driver.findElement(By.name(TaskFormController.CONFIRMATION)).click();
    }

    void submit() {
        shot("before-submit");
        clickThrough(driver.findElement(By.cssSelector("main form button[type='submit']:not(.link)")));
    }

    /** Clicks something that changes the page in place (no navigation). */
    void clickHere(By by) {
        driver.findElement(by).click();
    }

    /** Follows a link or submits a form and waits for the next page, so nothing is read from the old one. */
    void click(By by) {
        clickThrough(driver.findElement(by));
    }

    private void clickThrough(WebElement element) {
        JavascriptExecutor js = driver;
        // a mark on the old page's window object; it is gone once the next page has loaded
        js.executeScript("window.juecePreviousPage = true");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return window.juecePreviousPage === undefined && document.readyState === 'complete'")));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void waitFor(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(by).isEmpty());
    }

    /** Page width beyond the window: a layout usable on a phone scrolls only vertically. */
    long horizontalOverflow() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        return ((Number) overflow).longValue();
    }

    void phoneSized() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    void desktopSized() {
        driver.manage().window().setSize(DESKTOP);
    }

    /** Saves the window as {@code target/screenshots/NN-name.png}. */
    Path shot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shots, name));
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the whole page, not just the window, by growing the window to the page's height for the shot. */
    Path fullPageShot(String name) {
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 120, 6000)));
        try {
            return shot(name);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    private void type(By by, String value) {
        type(driver.findElement(by), value);
    }

    private static void type(WebElement field, String value) {
        field.clear();
        field.sendKeys(value);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
