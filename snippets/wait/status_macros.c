/* Decoding wait statuses with the <sys/wait.h> macros: a child that exits,
   one killed by a signal, one stopped (reported with WUNTRACED) and
   continued (reported with WCONTINUED). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *yes_no(int condition)
{
    return condition ? "yes" : "no";
}

/* Fork a child that runs until we write a byte to *release, then exits 0. */
static pid_t blocked_child(int *release)
{
    int fds[2];
    if (pipe(fds) == -1) {
        perror("pipe");
        exit(EXIT_FAILURE);
    }
    pid_t pid = fork();
    if (pid == -1) {
        perror("fork");
        exit(EXIT_FAILURE);
    }
    if (pid == 0) {
        char byte;
        close(fds[1]);
        _exit(read(fds[0], &byte, 1) == 1 ? 0 : 1);
    }
    close(fds[0]);
    *release = fds[1];
    return pid;
}

int main(void)
{
    int status, release;

    /* A child that exits with code 3. */
    pid_t pid = fork();
    if (pid == -1) {
        perror("fork");
        return EXIT_FAILURE;
    }
    if (pid == 0)
        _exit(3);
    waitpid(pid, &status, 0);
    printf("exit(3)  : 0x%04x WIFEXITED %s, WEXITSTATUS %d\n",
           (unsigned)status, yes_no(WIFEXITED(status)), WEXITSTATUS(status));

    /* A child killed by SIGKILL. */
    pid = blocked_child(&release);
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    close(release);
    printf("SIGKILL  : 0x%04x WIFSIGNALED %s, WTERMSIG %d, WCOREDUMP %s\n",
           (unsigned)status, yes_no(WIFSIGNALED(status)), WTERMSIG(status),
           yes_no(WCOREDUMP(status)));

    /* A child stopped by SIGSTOP, then continued by SIGCONT, then released. */
    pid = blocked_child(&release);
    kill(pid, SIGSTOP);
    waitpid(pid, &status, WUNTRACED);    /* WUNTRACED: report a stop too */
    printf("SIGSTOP  : 0x%04x WIFSTOPPED %s, WSTOPSIG %d\n",
           (unsigned)status, yes_no(WIFSTOPPED(status)), WSTOPSIG(status));
    kill(pid, SIGCONT);
    waitpid(pid, &status, WCONTINUED);   /* WCONTINUED: report a resume */
    printf("SIGCONT  : 0x%04x WIFCONTINUED %s\n",
           (unsigned)status, yes_no(WIFCONTINUED(status)));
    if (write(release, "x", 1) != 1)
        perror("write");
    close(release);
    waitpid(pid, &status, 0);
    printf("released : 0x%04x WIFEXITED %s, WEXITSTATUS %d\n",
           (unsigned)status, yes_no(WIFEXITED(status)), WEXITSTATUS(status));
    return 0;
}
