/* One call to fork(), two returns: 0 in the child, the child's PID in the parent. */
#include <stdio.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == -1) {                     /* no child was created */
        perror("fork");
        return 1;
    }
    if (pid == 0) {
        /* Child: fork() returned 0. Our own PID comes from getpid(). */
        printf("child : fork() returned %ld; my PID is %ld, my parent is %ld\n",
               (long)pid, (long)getpid(), (long)getppid());
        fflush(stdout);
        _exit(0);
    }
    /* Parent: fork() returned the child's PID. Wait for the child, then print,
       so the two lines always come out in this order. */
    waitpid(pid, NULL, 0);
    printf("parent: fork() returned %ld; my PID is %ld\n", (long)pid, (long)getpid());
    return 0;
}
